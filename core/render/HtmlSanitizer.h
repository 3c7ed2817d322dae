#pragma once

#include <QString>
#include <QStringList>

namespace Kestrel::Render {

// Untrusted message HTML made safe for the reader (a QTextBrowser, which runs no scripts and fetches
// nothing by itself — the reader decides what its loadResource() serves):
//  - script, iframe, object, embed, applet, frame(set), form controls, meta refresh, base and link
//    elements are removed (script and style-like raw text with them); on* handler attributes and
//    javascript:/vbscript: URLs are dropped;
//  - every remote resource (img src, background, CSS url()) is listed, so the reader can say what it
//    blocked and fetch it only when the user says so;
//  - a link whose text names another domain than its target gets a visible warning after it and a
//    tooltip with the real target.
class HtmlSanitizer
{
public:
    struct Result {
        QString html;
        QStringList remoteResources; // http(s)/ftp URLs of images and backgrounds, in order, unique
        int deceptiveLinks = 0;
        QStringList contentIds;      // cid: references, without "cid:"
    };

    static Result sanitize(const QString &html);
    // The text of the warning appended to a deceptive link (translated by the caller's context).
    static QString warningText(const QString &realHost);
};

} // namespace Kestrel::Render
