"""The baseline: a bare Textual app that paints one line."""

from textual.app import App
from textual.widgets import Static


class Bare(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self):
        yield Static("bare textual app ready")


if __name__ == "__main__":
    Bare().run()
