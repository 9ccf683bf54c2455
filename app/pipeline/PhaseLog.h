#pragma once

#include <QElapsedTimer>
#include <QtGlobal>
#include <cstdio>
#include <ctime>

namespace claimline {

// Wall and thread-CPU milliseconds of each pipeline step on stderr, when the environment
// sets CLAIMLINE_PHASES (profiling the serial share of an ingest); silent and nearly free
// otherwise. Thread CPU is the calling thread's: for a step run on several threads it is
// this thread's part only.
class PhaseLog
{
public:
    PhaseLog() : m_on(qEnvironmentVariableIsSet("CLAIMLINE_PHASES"))
    {
        if (m_on)
            restart();
    }

    // Logs the time since the last mark (or construction) under `step`.
    void mark(const char *step)
    {
        if (!m_on)
            return;
        std::fprintf(stderr, "phase %-28s wall %8.1f ms  thread cpu %8.1f ms\n", step, double(m_wall.nsecsElapsed()) / 1e6,
                     threadCpuMs() - m_cpu);
        restart();
    }

private:
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    void restart()
    {
        m_wall.start();
        m_cpu = threadCpuMs();
    }

    bool m_on;
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

} // namespace claimline
