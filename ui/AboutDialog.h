#pragma once

#include <QDialog>

namespace Kestrel::Ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Kestrel::Ui
