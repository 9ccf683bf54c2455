// bench_views: frame times and model rebuilds of the desktop's views over 100,000 items
// (Google Benchmark; runs offscreen). `bench/run` calls it; see bench/README.md.
//   Timeline/Frame/{0,1,2}: one frame (layout + paint into a QImage) at full zoom-out,
//                           a 90-day window and one day.
//   Claims/FilterChange:    a filter change evaluated over every claim.
//   Claims/GroupRebuild:    the comparison groups rebuilt from scratch (groupClaims).
#include "TimelineCorpus.h"
#include "extract/ClaimGrouper.h"
#include "state/Workspace.h"
#include "timeline/TimeZoom.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace claimline;

constexpr int kClaims = 100000;
constexpr int kEvents = 2000;
const QSize kFrameSize(1600, 800);

std::shared_ptr<const Corpus> corpus()
{
    static const std::shared_ptr<const Corpus> c = [] {
        test::SyntheticSpec spec;
        spec.claims = kClaims;
        spec.events = kEvents;
        spec.claimants = 10;
        spec.days = 720;
        auto built = std::make_shared<Corpus>(test::syntheticCorpus(spec));
        groupClaims(*built);
        return std::shared_ptr<const Corpus>(std::move(built));
    }();
    return c;
}

void timelineFrame(benchmark::State &state)
{
    ui::Workspace workspace;
    workspace.setCorpus(corpus());
    ui::TimelineView view(&workspace);
    view.resize(kFrameSize);
    view.zoomToFit();
    const double center = view.zoom()->center();
    static const char *const kNames[] = {"full zoom-out", "90 days", "one day"};
    switch (state.range(0)) {
    case 1: view.zoom()->setRange(center - 45 * ui::TimeZoom::kDay, center + 45 * ui::TimeZoom::kDay); break;
    case 2: view.zoom()->setRange(center - ui::TimeZoom::kDay / 2, center + ui::TimeZoom::kDay / 2); break;
    default: break;
    }
    state.SetLabel(kNames[state.range(0)]);
    QImage image(kFrameSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        view.renderTo(&painter, kFrameSize);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(timelineFrame)->Name("Timeline/Frame")->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// Two filters a user switches between: a topic, then a text search within a date range.
void filterChange(benchmark::State &state)
{
    ui::Workspace workspace;
    workspace.setCorpus(corpus());
    ClaimFilter byTopic;
    byTopic.topics = {QStringLiteral("casualties")};
    ClaimFilter byText;
    byText.text = QStringLiteral("red cross");
    byText.dates = DayInterval(QDate(2024, 3, 1), QDate(2024, 9, 30));
    bool flip = false;
    for (auto _ : state) {
        workspace.setFilter((flip = !flip) ? byTopic : byText);
        int visible = 0;
        for (int i = 0; i < kClaims; ++i)
            visible += workspace.isVisible(i);
        benchmark::DoNotOptimize(visible);
    }
    state.SetLabel("ClaimFilter over 100,000 claims");
}
BENCHMARK(filterChange)->Name("Claims/FilterChange")->Unit(benchmark::kMillisecond);

void groupRebuild(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        Corpus copy = *corpus();
        copy.claims.detach();
        state.ResumeTiming();
        groupClaims(copy);
        benchmark::DoNotOptimize(copy.groups.size());
    }
    state.SetLabel("groupClaims over 100,000 claims");
}
BENCHMARK(groupRebuild)->Name("Claims/GroupRebuild")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    corpus(); // built once, before any clock runs
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
