#include "DetailPanel.h"

#include "DetailHtml.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace claimline::ui {

DetailPanel::DetailPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setPlaceholderText(tr("Select a claim in the comparison table or the corpus panel to see its "
                                     "sentence, its source and the other figures on the same measure."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"claim")
            m_workspace->select(ItemRef::claim(url.path().toInt()));
    });
    connect(workspace, &Workspace::selectionChanged, this, &DetailPanel::showItem);
    connect(workspace, &Workspace::corpusChanged, this, [this] { showItem(m_workspace->selection()); });
    showItem(workspace->selection());
}

void DetailPanel::showItem(ItemRef item)
{
    const Corpus &corpus = m_workspace->corpus();
    switch (item.kind) {
    case ItemRef::Kind::Claim: m_browser->setHtml(claimDetailHtml(corpus, item.index)); break;
    case ItemRef::Kind::Event: m_browser->setHtml(eventDetailHtml(corpus, item.index)); break;
    case ItemRef::Kind::None: m_browser->clear(); break;
    }
}

} // namespace claimline::ui
