#!/usr/bin/python3
"""What a screen reader finds in the running console, asked from outside the
process through AT-SPI (Debian's pyatspi), as Orca would.

For every page, reached through the View > Go to menu's Press action (so
the menus themselves are proven usable), it walks the accessible tree of the
window and fails when:
  - a push button, check box, radio button, combo box, text field, page tab,
    table, tree or list that is showing has no name;
  - an object that takes focus has no name, or the role "unknown";
  - one of the page's main actions is missing, has the wrong role, or (for
    buttons and menu items) offers no action to perform.
It selects a connection and a data source through their tables' AT-SPI
Table interface, so that the detail panes' actions are checked too.

Usage: atspi_walk.py <application name> (the console must be running).
"""
import sys
import time

import pyatspi

NAMED_ROLES = {
    "push button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "page tab", "table", "tree table", "tree", "list",
    "spin button", "toggle button", "slider", "menu item",
}
# Containers whose many children (cells, items) are the view's own business.
LEAF_VIEWS = {"table", "tree table", "tree", "list"}

# The main actions of each page: (role, name). Buttons and menu items must
# also offer an action (Press) to an assistive technology.
PAGES = {
    "Connections": [
        ("text", "Search connections"), ("table", "Connections"),
        ("push button", "Add a connection…"), ("push button", "Refresh"),
        ("push button", "Clear filters"), ("push button", "Health filter"),
    ],
    "Failures": [
        ("table", "Failures by reason and connector"), ("list", "Affected connections"),
    ],
    "Data sources": [
        ("text", "Search data sources"), ("table", "Data sources"),
        ("push button", "New data source…"), ("push button", "Source types"),
    ],
    "Workspace": [
        ("text", "Workspace name"), ("push button", "Save settings"),
        ("push button", "Provision workspace"), ("push button", "Convert environment…"),
        ("push button", "Archive workspace…"), ("list", "Test caller numbers"),
        ("text", "New test caller number"),
    ],
    "Sync cadence": [("table", "Sync cadence per connector type")],
}
# With a connection selected, its detail pane's actions.
SELECTED_CONNECTION = [
    ("push button", "Sync now"), ("push button", "Edit…"), ("push button", "Disconnect…"),
    ("page tab", "Overview"), ("page tab", "History"),
]
SELECTED_DATA_SOURCE = [
    ("push button", "Sync now"), ("push button", "Edit…"), ("push button", "Delete…"),
    ("page tab", "Overview"), ("page tab", "History"), ("tree", "Connection config"),
]
MENUS = {
    "File": ["Add a connection…", "Refresh", "Preferences…", "Quit"],
    "View": ["Find…", "Next needing attention", "Go to", "Appearance"],
    "Connection": ["Sync now", "Reconnect…", "Edit…", "History", "Export support bundle…"],
    "Help": ["Keyboard Shortcuts", "About Connections Console"],
}

problems = []


def wait_for(predicate, seconds, what):
    end = time.monotonic() + seconds
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > end:
            sys.exit(f"atspi: FAILED: {what} within {seconds} s")
        time.sleep(0.1)


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name and app.childCount > 0:
            return app
    return None


def showing(obj):
    return obj.getState().contains(pyatspi.STATE_SHOWING)


def walk(obj, visit, everything=False, depth=0):
    """Calls visit(obj) for obj and its showing descendants (all of them
    with everything=True, for closed menus)."""
    if depth > 60:
        return
    visit(obj)
    if depth > 0 and obj.getRoleName() in LEAF_VIEWS:
        return
    for i in range(obj.childCount):
        child = obj.getChildAtIndex(i)
        if child is not None and (everything or showing(child)):
            walk(child, visit, everything, depth + 1)


def collect(root, everything=False):
    found = []
    walk(root, found.append, everything)
    return found


def describe(obj):
    return f"{obj.getRoleName()} {obj.name!r}"


def find(root, role, name, everything=False):
    for obj in collect(root, everything):
        if obj.getRoleName() == role and obj.name == name:
            return obj
    return None


def actions_of(obj):
    try:
        action = obj.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def check_tree(frame, where):
    for obj in collect(frame):
        role = obj.getRoleName()
        if role in NAMED_ROLES and not obj.name:
            problems.append(f"{where}: a {role} has no name")
        if obj.getState().contains(pyatspi.STATE_FOCUSABLE):
            if role == "unknown":
                problems.append(f"{where}: focusable {describe(obj)} has the role 'unknown'")
            elif not obj.name and role not in ("menu bar",):
                problems.append(f"{where}: focusable {role} has no name (in {where_in(obj)})")


def enabled(obj):
    return obj.getState().contains(pyatspi.STATE_ENABLED)


def where_in(obj):
    chain = []
    parent = obj.parent
    while parent is not None and len(chain) < 4:
        chain.append(describe(parent))
        parent = parent.parent
    return " < ".join(chain)


def check_present(frame, where, expected, everything=False):
    for role, name in expected:
        obj = find(frame, role, name, everything)
        if obj is None:
            same_name = [describe(o) for o in collect(frame) if o.name == name]
            problems.append(
                f"{where}: no {role} {name!r}" + (f" (found {', '.join(same_name)})" if same_name else ""))
        elif role in ("push button", "menu item") and enabled(obj) and not actions_of(obj):
            problems.append(f"{where}: {role} {name!r} offers no action")


def main():
    app = wait_for(lambda: find_app(sys.argv[1]), 30, f"the application {sys.argv[1]!r} on the AT-SPI bus")
    frame = wait_for(
        lambda: next((app.getChildAtIndex(i) for i in range(app.childCount)
                      if app.getChildAtIndex(i).getRoleName() == "frame"), None),
        30, "the main window")
    # Signed in (the sandbox's workspace), the Connections page shows its table.
    wait_for(lambda: find(frame, "table", "Connections"), 60, "the connections table")
    menubar = wait_for(lambda: find(frame, "menu bar", ""), 10, "the menu bar")
    for menu, items in MENUS.items():
        top = find(menubar, "menu item", menu, everything=True)
        if top is None:
            problems.append(f"menu bar: no {menu} menu")
            continue
        check_present(top, f"{menu} menu", [("menu item", i) for i in items], everything=True)
        # Closed menus too: every item of every menu has a name.
        for obj in collect(top, everything=True):
            if obj.getRoleName() == "menu item" and not obj.name:
                problems.append(f"{menu} menu: an item has no name")
    go_to = find(menubar, "menu item", "Go to", everything=True)
    for page, expected in PAGES.items():
        item = find(go_to, "menu item", page, everything=True)
        if item is None or "Press" not in actions_of(item):
            problems.append(f"View > Go to: no {page!r} item to press")
            continue
        item.queryAction().doAction(actions_of(item).index("Press"))
        role, name = expected[0]
        wait_for(lambda: find(frame, role, name), 15, f"the {page} page ({role} {name!r})")
        check_tree(frame, page)
        check_present(frame, page, expected)
        if page == "Connections":
            table = find(frame, "table", "Connections")
            table.queryTable().addRowSelection(0)
            wait_for(lambda: find(frame, "push button", "Sync now"), 15,
                     "the selected connection's actions")
            check_tree(frame, "Connections, a connection selected")
            check_present(frame, "Connections, a connection selected", SELECTED_CONNECTION)
        if page == "Data sources":
            table = find(frame, "table", "Data sources")
            wait_for(lambda: table.queryTable().nRows > 0, 15, "the data sources")
            table.queryTable().addRowSelection(0)
            wait_for(lambda: any(o.getRoleName() == "label" and o.name.startswith("Events: ")
                                 for o in collect(frame)), 15, "the selected data source's status")
            check_tree(frame, "Data sources, a source selected")
            check_present(frame, "Data sources, a source selected", SELECTED_DATA_SOURCE)
    if problems:
        print("atspi: FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(f"atspi: every page's controls are named, with their roles, and the main actions "
          f"of {len(PAGES)} pages and {len(MENUS)} menus are reachable")


main()
