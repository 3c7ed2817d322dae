#pragma once

#include "common/MessageSummary.h"

#include <QTextBrowser>

namespace Kestrel::Ui {

// The reader. Shows the header block of the selected message from the cache (addresses selectable);
// the body is shown once its parts have been fetched (the reading issue adds part fetching).
class ReaderPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    void showMessage(const MessageSummary &message);
    void clearMessage();
};

} // namespace Kestrel::Ui
