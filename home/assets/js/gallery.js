// The gallery's lightbox: each thumbnail is a link to the large image (which is all a reader without
// JavaScript gets); here a click opens it in a native <dialog> instead. Arrow keys (and the buttons,
// and a swipe) move, Esc closes, focus goes back to the thumbnail of the image last shown, and the
// caption and credit are announced. The dialog's markup and its words come from the page's template.

const SWIPE_PX = 50;

let galleries = 0;

function enhance(gallery) {
  galleries += 1;
  const items = [...gallery.querySelectorAll(".gallery__item")];
  const dialogTemplate = gallery.querySelector("template.gallery__dialog");
  if (!items.length || !dialogTemplate || typeof HTMLDialogElement !== "function") return;

  const dialog = dialogTemplate.content.firstElementChild.cloneNode(true);
  document.body.append(dialog); // outside the gallery, so that none of its styles apply
  const picture = dialog.querySelector(".lightbox__picture");
  const caption = dialog.querySelector(".lightbox__caption");
  caption.id = `${gallery.id || "gallery"}-${galleries}-caption`;
  dialog.setAttribute("aria-describedby", caption.id);
  let current = 0;
  let swiped = false;

  function show(index) {
    current = (index + items.length) % items.length;
    const item = items[current];
    picture.replaceChildren(item.querySelector("template.gallery__large").content.cloneNode(true));
    const position = document.createElement("span");
    position.className = "lightbox__position";
    position.textContent = item.dataset.position;
    const text = item.querySelector("figcaption");
    caption.replaceChildren(position, ...(text ? [" ", ...[...text.childNodes].map((node) => node.cloneNode(true))] : []));
  }

  function open(index) {
    show(index);
    dialog.showModal();
  }

  items.forEach((item, index) => {
    item.querySelector(".gallery__link").addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    });
  });

  dialog.addEventListener("click", (event) => {
    if (swiped) {
      swiped = false;
      return;
    }
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (action === "previous") show(current - 1);
    else if (action === "next") show(current + 1);
    else if (action === "close" || event.target === dialog) dialog.close();
  });

  dialog.addEventListener("keydown", (event) => {
    const moves = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: items.length - 1 };
    if (event.key in moves && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      show(moves[event.key]);
    }
  });

  let swipeFrom = null;
  dialog.addEventListener("pointerdown", (event) => {
    swipeFrom = event.isPrimary ? event.clientX : null;
    swiped = false;
  });
  dialog.addEventListener("pointerup", (event) => {
    if (swipeFrom === null) return;
    const distance = event.clientX - swipeFrom;
    swipeFrom = null;
    swiped = Math.abs(distance) > SWIPE_PX;
    if (swiped) show(current + (distance < 0 ? 1 : -1));
  });

  // Esc closes the dialog natively; either way, focus goes back to the thumbnail last shown.
  dialog.addEventListener("close", () => {
    picture.replaceChildren();
    items[current].querySelector(".gallery__link").focus();
  });
}

document.querySelectorAll("[data-gallery]").forEach(enhance);
