#include "MessageSourceWindow.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace Kestrel::Ui {
namespace {

QString shownText(const QByteArray &raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(raw);
    return utf8.hasError() ? QString::fromLatin1(raw) : text; // 8-bit headers of old mailers stay visible
}

} // namespace

MessageSourceWindow::MessageSourceWindow(const QString &subject, const QByteArray &raw, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("messageSource"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Source of \"%1\"").arg(subject.isEmpty() ? tr("(no subject)") : subject));
    m_text->setObjectName(QStringLiteral("messageSourceText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString text = shownText(raw.left(MaxShownBytes));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (raw.size() > MaxShownBytes)
        text += QLatin1Char('\n') + tr("[%n more byte(s) not shown]", nullptr, int(qMin<qint64>(raw.size() - MaxShownBytes, INT_MAX)));
    m_text->setPlainText(text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    resize(800, 600);
}

} // namespace Kestrel::Ui
