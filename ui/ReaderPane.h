#pragma once

#include "common/MessageSummary.h"
#include "render/MessageContent.h"

#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace Kestrel::Ui {

// The reader's text: the header block (addresses selectable) and the body, from the cache. HTML is
// sanitised first (core/render) and shown without anything loaded from outside: loadResource() serves
// only the message's own cid: parts and the remote images the user allowed (handed in through
// addRemoteResource); file:, qrc: and every other URL yield nothing.
class ReaderPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    void showMessage(const MessageSummary &message, const Render::MessageContent &content = {});
    void clearMessage();

    // Remote images the shown HTML refers to (http, https, ftp), whether allowed or not.
    const QList<QUrl> &remoteResources() const { return m_remote; }
    // A remote image arrived after the user allowed it; the body is laid out again with it.
    void addRemoteResource(const QUrl &url, const QByteArray &data);
    // How many times the view asked for a remote resource it was not given (for tests and the bar).
    int blockedRequests() const { return m_blockedRequests; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;

private:
    QString headerHtml(const MessageSummary &message) const;
    QString bodyHtml(const Render::MessageContent &content);
    void applyStyle();

    QString m_html;
    QHash<QString, QByteArray> m_inline;  // cid -> bytes
    QHash<QUrl, QByteArray> m_allowed;    // remote URL -> bytes the user let in
    QList<QUrl> m_remote;
    int m_blockedRequests = 0;
};

} // namespace Kestrel::Ui
