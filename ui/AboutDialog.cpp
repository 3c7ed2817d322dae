#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Kestrel::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kestrel"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *text = new QLabel(tr("<h2>Kestrel %1</h2><p>A fast desktop mail client.</p><p>Built with Qt %2.</p>")
                                .arg(QStringLiteral(KESTREL_VERSION), QString::fromLatin1(qVersion())));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace Kestrel::Ui
