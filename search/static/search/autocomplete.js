// Suggestions under the search box: an ARIA combobox added on top of a plain form that works
// without JavaScript. Arrow keys move through the list, Enter opens a suggestion, Escape closes it.
(function () {
  "use strict";

  const row = document.querySelector("[data-autocomplete-url]");
  if (!row || !window.fetch) return;
  const input = row.querySelector("input[type=search]");
  const url = row.dataset.autocompleteUrl;
  const list = document.createElement("ul");
  list.id = input.id + "-suggestions";
  list.className = "autocomplete";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  row.appendChild(list);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  let active = -1;
  let timer = null;
  let latest = 0;

  function options() {
    return Array.from(list.querySelectorAll("[role=option]"));
  }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    const items = options();
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
    else input.removeAttribute("aria-activedescendant");
  }

  function show(suggestions) {
    list.replaceChildren();
    suggestions.forEach((suggestion, i) => {
      const item = document.createElement("li");
      item.id = list.id + "-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      // The option itself is what the reader picks: no link inside it (an interactive element
      // nested in role=option is announced twice, or not at all; axe: nested-interactive).
      item.textContent = suggestion.title;
      item.dataset.url = suggestion.url;
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        window.location.assign(suggestion.url);
      });
      list.appendChild(item);
    });
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    active = -1;
  }

  async function update() {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length < 2) return close();
    try {
      const response = await fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } });
      if (!response.ok || ticket !== latest) return;
      const data = await response.json();
      if (ticket === latest) show(data.suggestions || []);
    } catch (error) {
      close(); // the plain form still works
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });

  input.addEventListener("keydown", (event) => {
    const items = options();
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(items[active].dataset.url);
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", () => setTimeout(close, 100));
})();
