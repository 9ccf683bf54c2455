#include "DesktopArguments.h"

namespace claimline::ui {

DesktopArguments parseDesktopArguments(const QStringList &arguments, const QString &defaultPath)
{
    DesktopArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!optionsEnded && arg == u"--")
            optionsEnded = true;
        else if (!optionsEnded && arg == u"--demo")
            parsed.demo = true;
        else if (!optionsEnded && arg.startsWith(u'-') && arg.size() > 1)
            parsed.error = QStringLiteral("unknown option %1 (see --help)").arg(arg);
        else
            parsed.paths.append(arg);
    }
    if (parsed.paths.isEmpty() && !parsed.demo && !defaultPath.isEmpty())
        parsed.paths.append(defaultPath);
    return parsed;
}

} // namespace claimline::ui
