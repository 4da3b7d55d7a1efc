"""
Wagtail's ``{% picture %}`` tag, with its filters made once per template rather than once per image.

Wagtail's tag builds a ``Filter`` for every size and format each time it renders, and each
``Filter`` parses its spec again (``Filter.operations``) to look up the image's renditions: on a
recap with a gallery, about a sixth of the request's time went to parsing the same few specs.
The filters depend only on the tag's specs, so the node keeps them.
"""

from django import template
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

register = template.Library()


class ReusedFiltersPictureNode(PictureNode):
    def get_filters(self):
        if not hasattr(self, "_filters"):
            self._filters = super().get_filters()
        return self._filters


@register.tag
def picture(parser, token):
    node = image(parser, token)
    return ReusedFiltersPictureNode(node.image_expr, node.filter_specs, node.output_var_name, node.attrs)
