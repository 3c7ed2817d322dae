#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Kestrel::Ui {

// "Remote content blocked" above the reader: what was blocked, and the two ways to allow it —
// this time only, or always for this sender.
class RemoteContentBar : public QFrame
{
    Q_OBJECT
public:
    explicit RemoteContentBar(QWidget *parent = nullptr);

    // Shows the bar for `blockedCount` resources of a message from `sender` (empty: no "always").
    void showBlocked(int blockedCount, const QString &sender);

    QPushButton *loadOnceButton() const { return m_loadOnce; }
    QPushButton *alwaysButton() const { return m_always; }

protected:
    void paintEvent(QPaintEvent *event) override;

signals:
    void loadOnceRequested();
    void alwaysForSenderRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_loadOnce = nullptr;
    QPushButton *m_always = nullptr;
};

} // namespace Kestrel::Ui
