#pragma once

namespace claimline::ui {

// Hidden start-up measurement for benchmarks: with CLAIMLINE_STARTUP_PROBE=1 in the
// environment, the first paint of any window prints "first-paint-ms N" (milliseconds
// since this was called) and "window-title T" per visible window on stdout, and quits the
// application. Call it first in main(),
// before the application object exists; without the variable it does nothing.
void armStartupProbe();

} // namespace claimline::ui
