#pragma once

#include "review/ArticleTextSelection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

// Project › Add Claim… / Add Event…: a claim or event the extraction missed, typed in by
// the analyst. It quotes the text selected in the review pane when there is a selection
// (and "Quote the selected text" stays checked), otherwise it stands for the whole article
// chosen. OK is one undoable model request; a refused one shows why and keeps the dialog.
class AddItemDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Claim, Event };

    AddItemDialog(Kind kind, ProjectModel *model, int defaultArticle, const ArticleTextSelection &selection,
                  QWidget *parent = nullptr);

    // The fields, for tests and for the form itself.
    QComboBox *articleBox() const { return m_article; }
    QCheckBox *quoteSelectionBox() const { return m_useSelection; }
    QLineEdit *field(const QString &name) const;   // "low", "high", "claimant", "topic",
                                                   // "measure", "as_of" / "kind", "label", "date"
    QComboBox *qualifierBox() const { return m_qualifier; }

    bool apply();                                  // the model request; false keeps the dialog
    QString addedKey() const { return m_key; }     // the new item's review key after apply()
    QString errorText() const;

    void accept() override;

private:
    void addField(const QString &name, const QString &label, const QString &placeholder);
    bool applyClaim(int article, const TextSpan &span);
    bool applyEvent(int article, const TextSpan &span);
    bool refuse(const QString &why);

    Kind m_kind;
    ProjectModel *m_model;
    ArticleTextSelection m_selection;
    QComboBox *m_article;
    QCheckBox *m_useSelection;
    QComboBox *m_qualifier = nullptr;
    QList<std::pair<QString, QLineEdit *>> m_fields;
    QLabel *m_error;
    QString m_key;
};

} // namespace claimline::ui
