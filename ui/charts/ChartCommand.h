#pragma once

#include <QStringList>

namespace claimline::ui {

// `claimline chart --topic casualties --measure killed_or_wounded [--width 1200 --height 700
//  --scale 1] [--log] --out FILE.{png,svg,pdf} PATH…`
// Reads PATH… through the pipeline, draws the estimate chart offscreen and writes it by the
// suffix of FILE. `arguments` starts with the program name; "chart" may follow it.
// Needs a QApplication. Exit: 0 written, 1 an input could not be read or the file not written
// (stderr names the file), 2 bad usage.
int runChartCommand(const QStringList &arguments);

// For main(): builds the QApplication (offscreen when there is no display) and runs the
// command. Call it when argv[1] is "chart".
int runChartCommandMain(int argc, char *argv[]);
bool isChartCommand(int argc, char *argv[]);

} // namespace claimline::ui
