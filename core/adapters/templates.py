"""Jinja2 rendering of customer drafts and internal summaries (implements ports.DraftRenderer)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
)

from core.errors import ConfigurationError

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


class TemplateRenderer:
    """Renders `<name>.j2`; templates in `override_dir` win over the packaged defaults.

    Autoescape is off because the output is plain-text email; StrictUndefined turns a typo in
    an edited template into an error instead of a silently blank field in a customer email.

    A batch (`qbot triage`, the bench) passes `reload=False`: each template is compiled once
    and kept, so a run renders every case with the same templates and skips Jinja's per-call
    file-modification check. The long-running bot keeps the default, so an edited template
    takes effect without a restart.
    """

    def __init__(self, override_dir: Path | None = None, *, reload: bool = True) -> None:
        loaders = [FileSystemLoader(str(PACKAGE_TEMPLATES))]
        if override_dir is not None:
            if not override_dir.is_dir():
                raise ConfigurationError(f"template directory {override_dir} does not exist")
            loaders.insert(0, FileSystemLoader(str(override_dir)))
        self._env = Environment(
            loader=ChoiceLoader(loaders),
            autoescape=False,  # plain-text email, not HTML
            undefined=StrictUndefined,
            keep_trailing_newline=False,
            auto_reload=reload,
        )
        self._reload = reload
        self._compiled: dict[str, Template] = {}

    def render(self, template: str, context: Mapping[str, Any]) -> str:
        """Render `template` (with or without the .j2 suffix); raises ConfigurationError."""
        name = template if template.endswith(".j2") else f"{template}.j2"
        try:
            compiled = self._compiled.get(name)
            if compiled is None:
                compiled = self._env.get_template(name)
                if not self._reload:
                    self._compiled[name] = compiled
            return compiled.render(context).strip()
        except TemplateNotFound as exc:
            raise ConfigurationError(f"draft template {name!r} not found") from exc
        except TemplateError as exc:  # syntax error or unknown field in an edited template
            raise ConfigurationError(f"draft template {name!r} is broken: {exc}") from exc
