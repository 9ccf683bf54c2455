// bench_views: frame times and model rebuilds of the desktop's views over 100,000 items
// (Google Benchmark; runs offscreen). `bench/run` calls it; see bench/README.md.
//   Timeline/Frame/{0,1,2}: one frame (layout + paint into a QImage) at full zoom-out,
//                           a 90-day window and one day.
//   Table/Rebuild:          the comparison table (model + sorting proxy) rebuilt for a new corpus.
//   Table/FilterChange:     the same table after a filter change.
//   Claims/FilterChange:    a filter change evaluated over every claim (no view attached).
//   Claims/GroupRebuild:    the comparison groups rebuilt from scratch (groupClaims).
//   Chart/Rebuild:          the estimates chart of one topic (a fifth of the claims) built
//                           from the corpus and drawn into its QChart, as on a filter change.
#include "TimelineCorpus.h"
#include "charts/EstimateChart.h"
#include "charts/EstimateSeries.h"
#include "extract/ClaimGrouper.h"
#include "state/Workspace.h"
#include "table/ComparisonModel.h"
#include "table/ComparisonProxy.h"
#include "timeline/TimeZoom.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QChart>
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
ClaimFilter filterNumber(bool second)
{
    ClaimFilter f;
    if (!second) {
        f.topics = {QStringLiteral("casualties")};
    } else {
        f.text = QStringLiteral("red cross");
        f.dates = DayInterval(QDate(2024, 3, 1), QDate(2024, 9, 30));
    }
    return f;
}

// The table as the desktop shows it: model under a proxy sorted by label.
struct Table
{
    explicit Table(ui::Workspace *workspace) : model(workspace)
    {
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::ComparisonModel::SortRole);
        proxy.sort(ui::ComparisonModel::LabelColumn);
    }
    ui::ComparisonModel model;
    ui::ComparisonProxy proxy;
};

void tableRebuild(benchmark::State &state)
{
    ui::Workspace workspace;
    workspace.setCorpus(corpus());
    Table table(&workspace);
    for (auto _ : state) {
        workspace.setCorpus(corpus()); // corpusChanged: the model and proxy rebuild
        benchmark::DoNotOptimize(table.proxy.rowCount());
    }
    state.SetLabel(QStringLiteral("%1 rows, %2 columns").arg(table.model.rowCount()).arg(table.model.columnCount()).toStdString());
}
BENCHMARK(tableRebuild)->Name("Table/Rebuild")->Unit(benchmark::kMillisecond);

void tableFilterChange(benchmark::State &state)
{
    ui::Workspace workspace;
    workspace.setCorpus(corpus());
    Table table(&workspace);
    bool flip = false;
    for (auto _ : state) {
        workspace.setFilter(filterNumber(flip = !flip));
        benchmark::DoNotOptimize(table.proxy.rowCount());
    }
    state.SetLabel("comparison table over 100,000 claims");
}
BENCHMARK(tableFilterChange)->Name("Table/FilterChange")->Unit(benchmark::kMillisecond);

void filterChange(benchmark::State &state)
{
    ui::Workspace workspace;
    workspace.setCorpus(corpus());
    const ClaimFilter byTopic = filterNumber(false), byText = filterNumber(true);
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

void chartRebuild(benchmark::State &state)
{
    const QString topic = QStringLiteral("casualties"), measure = QStringLiteral("killed_or_wounded");
    QChart chart;
    ui::EstimateChart drawn(&chart);
    qsizetype points = 0;
    for (auto _ : state) {
        const ui::EstimateSeries::Result result = ui::EstimateSeries::build(*corpus(), {}, topic, measure);
        drawn.setData(corpus(), result, topic, measure);
        points = result.pointCount();
        benchmark::DoNotOptimize(chart.series().size());
    }
    state.SetLabel(std::to_string(points) + (drawn.isDetailed() ? " estimates, detailed" : " estimates, markers only"));
}
BENCHMARK(chartRebuild)->Name("Chart/Rebuild")->Unit(benchmark::kMillisecond);

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
