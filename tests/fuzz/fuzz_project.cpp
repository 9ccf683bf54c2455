#include "FuzzChecks.h"
#include "ProjectFuzzCheck.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin: it needs an application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return claimline::fuzz::fuzzOne(claimline::fuzz::checkProject, data, size);
}
