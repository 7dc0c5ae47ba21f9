"""Checklist templates: the default one, new ones, and edits that make a new version.

A template that no visit has used is edited in place. Once a visit used it, an edit writes a
new version (same name and scope, version + 1, `previous` pointing back) and retires the old
one for new visits; the visit keeps the version it used, answers and score unchanged. Writing
the content of a used version is refused ("template_in_use"). Templates are written by the
"supervise" right in its unit (models.supervision.scope).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.accounts import audit
from models.accounts.session import current_actor
from models.errors import Collector, NotFound, ValidationError
from models.storage.db import database
from models.supervision import default_checklist, scope
from models.supervision.rules import HINTS
from models.supervision.tables import (
    ChecklistGroup,
    ChecklistItem,
    ChecklistTemplate,
    SupervisionVisit,
)
from models.text.vietnamese import nfc

MAX_WEIGHT = 100


@dataclass
class ItemInput:
    text: str
    weight: int = 1
    required: bool = False
    hint: str = ""


@dataclass
class GroupInput:
    title: str
    items: list[ItemInput] = field(default_factory=list)


@dataclass
class TemplateInput:
    name: str = ""
    groups: list[GroupInput] = field(default_factory=list)
    province_code: int | None = None  # where a new template goes when nobody signs in
    ward_code: int | None = None


def _default_input() -> TemplateInput:
    return TemplateInput(default_checklist.NAME, [
        GroupInput(title, [ItemInput(*item) for item in items])
        for title, items in default_checklist.GROUPS])


def default_template() -> ChecklistTemplate:
    """The programme's default checklist (scope "", every unit), written on first use."""
    found = (ChecklistTemplate.select()
             .where((ChecklistTemplate.scope == "")
                    & (ChecklistTemplate.name == default_checklist.NAME))
             .order_by(ChecklistTemplate.version.desc()).first())
    if found is not None:
        return found
    inp = _default_input()
    _check(inp).raise_if_any()
    with database.atomic():
        template = ChecklistTemplate.create(scope="", name=inp.name, version=1,
                                            created_by="")
        _write_content(template, inp)
        audit.record("checklist_template", template.id, "create", None, content(template))
    return template


def get_template(template_id: int) -> ChecklistTemplate:
    """A template the signed-in user may read (another unit's is NotFound)."""
    template = ChecklistTemplate.get_or_none(ChecklistTemplate.id == template_id)
    if template is None or not scope.readable(template.scope):
        raise NotFound("template", template_id)
    return template


def templates(include_retired: bool = False) -> list[ChecklistTemplate]:
    """The templates the user may read (the default first written if needed), by scope,
    name and version."""
    default_template()
    query = ChecklistTemplate.select()
    if not include_retired:
        query = query.where(ChecklistTemplate.retired == False)  # noqa: E712
    found = [t for t in query if scope.readable(t.scope)]
    found.sort(key=lambda t: (t.scope, t.name, t.version))
    return found


def template_for_ward(ward_code: int) -> ChecklistTemplate:
    """The template a new visit in this ward uses: the ward's own, else its province's, else
    the default; within a scope the newest one in use."""
    default_template()
    for key in scope.scopes_of_ward(ward_code):
        found = (ChecklistTemplate.select()
                 .where((ChecklistTemplate.scope == key)
                        & (ChecklistTemplate.retired == False))  # noqa: E712
                 .order_by(ChecklistTemplate.created_at.desc(),
                           ChecklistTemplate.id.desc()).first())
        if found is not None:
            return found
    return default_template()


def groups_of(template_id: int) -> list[tuple[ChecklistGroup, list[ChecklistItem]]]:
    """The template's groups, each with its items, in order."""
    groups = list(ChecklistGroup.select().where(ChecklistGroup.template == template_id)
                  .order_by(ChecklistGroup.position))
    items: dict[int, list[ChecklistItem]] = {g.id: [] for g in groups}
    for item in (ChecklistItem.select().where(ChecklistItem.template == template_id)
                 .order_by(ChecklistItem.position)):
        items[item.group_id].append(item)
    return [(g, items[g.id]) for g in groups]


def content(template: ChecklistTemplate) -> dict:
    """The template as plain values (its audit rows hold this)."""
    return {
        **audit.snapshot(template),
        "groups": [{"title": g.title,
                    "items": [[i.text, i.weight, i.required, i.hint] for i in items]}
                   for g, items in groups_of(template.id)],
    }


def _check(inp: TemplateInput) -> Collector:
    p = Collector()
    inp.name = nfc(inp.name).strip()
    if not inp.name:
        p.add("name", "required")
    elif len(inp.name) > 200:
        p.add("name", "too_long", max=200)
    count = 0
    for g, group in enumerate(inp.groups):
        group.title = nfc(group.title).strip()
        if not group.title:
            p.add(f"groups[{g}].name", "required")
        for i, item in enumerate(group.items):
            count += 1
            where = f"groups[{g}].items[{i}]"
            item.text = nfc(item.text).strip()
            if not item.text:
                p.add(f"{where}.name", "required")
            if not isinstance(item.weight, int) or not 1 <= item.weight <= MAX_WEIGHT:
                p.add(f"{where}.weight", "out_of_range", low=1, high=MAX_WEIGHT)
            if item.hint and item.hint not in HINTS:
                p.add(f"{where}.hint", "invalid", value=item.hint)
    if count == 0:
        p.add("items", "no_items")
    return p


def visit_count(template_id: int) -> int:
    return SupervisionVisit.select().where(SupervisionVisit.template == template_id).count()


def _write_content(template: ChecklistTemplate, inp: TemplateInput) -> None:
    used = visit_count(template.id)
    if used:  # the guard every content write goes through: a made visit never changes
        raise ValidationError("template", "template_in_use", {"count": used})
    ChecklistItem.delete().where(ChecklistItem.template == template).execute()
    ChecklistGroup.delete().where(ChecklistGroup.template == template).execute()
    position = 0
    for g, group in enumerate(inp.groups):
        row = ChecklistGroup.create(template=template, position=g, title=group.title)
        for item in group.items:
            ChecklistItem.create(template=template, group=row, position=position,
                                 text=item.text, weight=item.weight,
                                 required=bool(item.required), hint=item.hint)
            position += 1


def create_template(inp: TemplateInput) -> ChecklistTemplate:
    """A new template (version 1) in the user's unit."""
    where = scope.own_scope(inp.province_code, inp.ward_code)
    scope.require_supervise(where)
    _check(inp).raise_if_any()
    province, ward = scope.parse(where)
    taken = ChecklistTemplate.select().where((ChecklistTemplate.scope == where)
                                             & (ChecklistTemplate.name == inp.name)).exists()
    if taken:
        raise ValidationError("name", "duplicate", {"value": inp.name})
    with database.atomic():
        template = ChecklistTemplate.create(scope=where, province_code=province,
                                            ward_code=ward, name=inp.name, version=1,
                                            created_by=current_actor())
        _write_content(template, inp)
        audit.record("checklist_template", template.id, "create", None, content(template))
    return template


def edit_template(template_id: int, inp: TemplateInput) -> ChecklistTemplate:
    """Change a template's name or content. Unused: changed in place. Used by a visit: a new
    version is written (the old one retired for new visits) and returned. The default
    template, edited by a unit, becomes that unit's own template."""
    old = get_template(template_id)
    if old.retired:
        raise ValidationError("template", "template_retired",
                              {"name": old.name, "version": old.version})
    if old.scope == "" and scope.user_scope() is not None:
        return create_template(inp)  # a unit's copy of the default
    scope.require_supervise(old.scope)
    _check(inp).raise_if_any()
    with database.atomic():
        before = content(old)
        if not visit_count(old.id):
            old.name = inp.name
            old.save()
            _write_content(old, inp)
            audit.record("checklist_template", old.id, "update", before, content(old))
            return old
        newest = (ChecklistTemplate.select(ChecklistTemplate.version)
                  .where((ChecklistTemplate.scope == old.scope)
                         & (ChecklistTemplate.name == inp.name))
                  .order_by(ChecklistTemplate.version.desc()).scalar()) or 0
        new = ChecklistTemplate.create(scope=old.scope, province_code=old.province_code,
                                       ward_code=old.ward_code, name=inp.name,
                                       version=newest + 1, previous=old,
                                       created_by=current_actor())
        _write_content(new, inp)
        old.retired = True
        old.save()
        audit.record("checklist_template", old.id, "retire", before, content(old))
        audit.record("checklist_template", new.id, "create", None, content(new))
    return new


def retire_template(template_id: int) -> ChecklistTemplate:
    """Stop offering a template for new visits (its visits keep it)."""
    template = get_template(template_id)
    scope.require_supervise(template.scope)
    with database.atomic():
        before = audit.snapshot(template)
        template.retired = True
        template.save()
        audit.record("checklist_template", template.id, "retire", before,
                     audit.snapshot(template))
    return template
