#include "accounts/CertificatePromptBook.h"

#include "accounts/CertificatePrompt.h"

#include <QWidget>

namespace Kestrel::Ui {

CertificatePromptBook::CertificatePromptBook(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

bool CertificatePromptBook::wasDeclined(const CertificateProblem &problem) const
{
    return m_declined.contains(certificateKey(problem));
}

void CertificatePromptBook::ask(const CertificateProblem &problem, Trusted trusted, Declined declined)
{
    const QString key = certificateKey(problem);
    if (CertificatePrompt *open = m_prompts.value(key)) {
        open->raise();
        return;
    }
    auto *prompt = new CertificatePrompt(problem, m_window);
    m_prompts.insert(key, prompt);
    connect(prompt, &CertificatePrompt::trusted, this, std::move(trusted));
    connect(prompt, &QDialog::rejected, this, [this, key, declined = std::move(declined)] {
        m_declined.insert(key);
        declined();
    });
    prompt->show();
}

CertificatePrompt *CertificatePromptBook::promptFor(const QString &host, quint16 port) const
{
    for (const QPointer<CertificatePrompt> &prompt : m_prompts) {
        if (prompt && prompt->problem().host == host && prompt->problem().port == port)
            return prompt;
    }
    return nullptr;
}

QString CertificatePromptBook::certificateKey(const CertificateProblem &problem)
{
    return problem.host + QLatin1Char(':') + QString::number(problem.port) + QLatin1Char(':')
        + QString::fromLatin1(problem.sha256);
}

} // namespace Kestrel::Ui
