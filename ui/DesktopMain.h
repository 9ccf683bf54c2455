#pragma once

namespace claimline::ui {

// Everything that needs a GUI: the desktop (default), and headless commands that render
// views (`chart`). Called by main() when the first argument is not a model command.
int runDesktopOrCommand(int argc, char *argv[]);

} // namespace claimline::ui
