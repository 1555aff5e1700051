"""The one recipe a photo is rendered with on a platform.

A photo attached to a post stores the recipe of its edit per platform
(`VariantMedia.recipe`); an unedited photo stores nothing.  `platform_recipe`
completes what is stored with the platform's spec, and everything that shows
or writes the photo — the editor's preview and crop badge, the package's
images, the approval sheet's thumbnails — renders that same recipe:

* nothing stored: the platform's feed preset, its first in the spec file
  (Instagram 1:1, Facebook 4:5, X 16:9 ...), at the preset's pixel size;
* "tidak dipotong" (`UNCROPPED`): the whole photo, shrunk to fit the platform's
  bounds (the largest width and height of its presets);
* any other recipe (a preset chosen in the editor, a studio edit): as stored; a
  studio recipe without a fixed size also fits the platform's bounds.

Every recipe gets the platform's byte limit when it has none, so no image of a
package is larger than its platform accepts, in pixels or in bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sosmed_desktop.domain.platforms import ImagePreset, PlatformSpec
from sosmed_desktop.domain.recipe import Recipe

UNCROPPED = "uncropped"
"""The preset key of "tidak dipotong": the whole photo within the platform's bounds."""


def feed_preset(spec: PlatformSpec) -> ImagePreset | None:
    """The platform's default preset for a photo nobody edited (its first)."""
    return spec.presets[0] if spec.presets else None


def bounds(spec: PlatformSpec) -> tuple[int, int] | None:
    """The largest width and height among the platform's presets (None: no presets)."""
    if not spec.presets:
        return None
    return max(p.width for p in spec.presets), max(p.height for p in spec.presets)


def preset_recipe(
    preset: ImagePreset, max_bytes: int | None, label: str, base: Recipe | None = None
) -> Recipe:
    """`base` (or a plain recipe) aimed at `preset`, with a fresh centred crop."""
    return (base or Recipe()).with_changes(
        preset=preset.key,
        width=preset.width,
        height=preset.height,
        ratio=None,
        crop=None,
        max_bytes=max_bytes,
        max_width=None,
        max_height=None,
        label=label,
    )


def uncropped_recipe(base: Recipe | None = None) -> Recipe:
    """`base` (or a plain recipe) showing the whole photo ("tidak dipotong")."""
    return (base or Recipe()).with_changes(
        preset=UNCROPPED, width=None, height=None, ratio=None, crop=None, label=""
    )


def choose(stored: Mapping[str, Any], spec: PlatformSpec, key: str) -> dict[str, Any]:
    """The stored recipe after the officer picked preset `key` (or `UNCROPPED`) in the editor.

    Edits other than the framing (adjustments, text, logo) are kept; the crop
    starts again centred.  Picking the feed preset of an unedited photo stores
    nothing, so the photo keeps following the platform's default.
    """
    base = Recipe.from_dict(stored) if stored else None
    if key == UNCROPPED:
        return uncropped_recipe(base).to_dict()
    preset = next((p for p in spec.presets if p.key == key), None)
    if preset is None:
        raise ValueError(f"{spec.code} has no preset {key!r}")
    if base is None and preset == feed_preset(spec):
        return {}
    return preset_recipe(preset, None, f"{spec.name} {preset.label}", base).to_dict()


def chosen_key(stored: Mapping[str, Any], spec: PlatformSpec) -> str | None:
    """The preset key (or `UNCROPPED`) a stored recipe shows the photo at; None: free."""
    if not stored:
        preset = feed_preset(spec)
        return preset.key if preset else UNCROPPED
    key = stored.get("preset")
    return str(key) if key else None


def platform_recipe(stored: Mapping[str, Any], spec: PlatformSpec) -> Recipe:
    """The recipe this photo is rendered with on this platform (see the module doc)."""
    if stored:
        recipe = Recipe.from_dict(dict(stored))
    else:
        preset = feed_preset(spec)
        recipe = preset_recipe(preset, None, f"{spec.name} {preset.label}") if preset else Recipe()
    changes: dict[str, Any] = {}
    if recipe.max_bytes is None and spec.max_image_bytes:
        changes["max_bytes"] = spec.max_image_bytes
    box = bounds(spec)
    if box and not (recipe.width and recipe.height):
        changes["max_width"] = min(recipe.max_width or box[0], box[0])
        changes["max_height"] = min(recipe.max_height or box[1], box[1])
    return recipe.with_changes(**changes) if changes else recipe
