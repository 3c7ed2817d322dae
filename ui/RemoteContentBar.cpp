#include "RemoteContentBar.h"

#include "theme/ReaderColours.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QLabel>
#include <QPushButton>

namespace Kestrel::Ui {

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_loadOnce(new QPushButton(tr("Load once")))
    , m_always(new QPushButton)
{
    setObjectName(QStringLiteral("remoteContentBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Remote content blocked"));
    m_text->setWordWrap(true);
    m_loadOnce->setObjectName(QStringLiteral("loadRemoteOnce"));
    m_always->setObjectName(QStringLiteral("loadRemoteAlways"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_loadOnce);
    layout->addWidget(m_always);
    connect(m_loadOnce, &QPushButton::clicked, this, &RemoteContentBar::loadOnceRequested);
    connect(m_always, &QPushButton::clicked, this, &RemoteContentBar::alwaysForSenderRequested);
    hide();
}

void RemoteContentBar::showBlocked(int blockedCount, const QString &sender)
{
    m_text->setText(tr("Remote content blocked (%n item(s)) to protect your privacy.", nullptr, blockedCount));
    m_always->setText(tr("Always for %1").arg(sender));
    m_always->setVisible(!sender.isEmpty());
    show();
}

void RemoteContentBar::paintEvent(QPaintEvent *event)
{
    // Painted from the current palette on every paint: light and dark mode both, no palette of its own.
    QPainter painter(this);
    painter.fillRect(rect(), ReaderColours::noticeBackground(palette()));
    painter.end();
    QFrame::paintEvent(event);
}

} // namespace Kestrel::Ui
