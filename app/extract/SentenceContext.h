#pragma once

#include "Figure.h"
#include "WordTokens.h"
#include "dates/TemporalMention.h"
#include "model/Article.h"

#include <QList>
#include <QStringView>

namespace claimline {

// Everything known about one sentence when claims, attributions and events are decided.
struct SentenceContext
{
    QStringView text;                 // the whole document text (spans are absolute)
    TextSpan span;                    // this sentence
    const Article *article = nullptr;
    int indexInArticle = 0;
    bool isHeadline = false;
    QList<TemporalMention> dates;     // resolved against the article's publication date
    QList<Figure> figures;

    QStringView sentence() const { return text.mid(span.start, span.length()); }

    // The sentence's word tokens, made on first use: the figure scanner and the topic
    // classifier read the same tokens. Made again if text or span were changed since.
    const WordTokens &words() const
    {
        if (!m_words.made || m_words.text != text.data() || m_words.span != span)
            m_words = {text.data(), span, tokenizeWords(text, span), true};
        return m_words.tokens;
    }

private:
    struct Words
    {
        const QChar *text = nullptr;
        TextSpan span;
        WordTokens tokens;
        bool made = false;
    };
    mutable Words m_words;
};

} // namespace claimline
