#pragma once

#include "common/MessageSummary.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace Kestrel {
class Database;
class RemoteContentPolicy;
}

namespace Kestrel::Ui {

class ReaderPane;
class RemoteContentBar;
class RemoteResourceLoader;

// The reader: remote-content bar, the text (ReaderPane), the attachment list and the real target of
// the link under the pointer. Reads the message's content from the cache; what is missing is asked
// for with contentWanted() (the sync engine fetches it and the cache change comes back through
// refresh()). Remote images load only after "Load once" or for a sender the policy allows.
class ReaderWidget : public QWidget
{
    Q_OBJECT
public:
    ReaderWidget(Database &cache, RemoteContentPolicy *policy, QWidget *parent = nullptr);

    void showMessage(const MessageSummary &message);
    void clearMessage();
    // The cache changed: an open message whose text was missing is read again.
    void refresh();

    ReaderPane *pane() const { return m_pane; }
    RemoteContentBar *remoteContentBar() const { return m_bar; }
    QLabel *attachmentsLabel() const { return m_attachments; }

signals:
    // The shown message lacks text parts in the cache.
    void contentWanted(const Kestrel::MessageSummary &message);
    // "Always for this sender" was chosen: the policy changed in memory and should be saved.
    void remoteContentPolicyChanged();

private:
    void render();
    void loadRemoteContent();
    void allowSenderAlways();
    void showLinkTarget(const QUrl &url);

    Database &m_cache;
    RemoteContentPolicy *m_policy;
    RemoteContentBar *m_bar = nullptr;
    ReaderPane *m_pane = nullptr;
    QLabel *m_attachments = nullptr;
    QLabel *m_linkTarget = nullptr;
    RemoteResourceLoader *m_loader = nullptr;
    std::optional<MessageSummary> m_message;
    bool m_complete = true;
};

} // namespace Kestrel::Ui
