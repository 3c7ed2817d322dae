#include "cache/PendingSearchMatch.h"

#include "cache/NativeStatement.h"
#include "cache/StorageError.h"

#include <QSqlError>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace Kestrel {
namespace {

struct Phrase {
    QStringList tokens;
    bool prefix = false; // the last token matches as a prefix
};
using Phrases = QList<Phrase>;

// One code point as unicode61 with remove_diacritics 2 indexes it, appended to `token`; false when it
// separates tokens. SQLite strips diacritics from Latin letters only (its table stops at U+1EF9), so
// Cyrillic letters such as "й" stay as they are here too; "ё" is Kestrel's own folding (FtsQuery).
bool appendFolded(char32_t code, QString &token)
{
    if (code < 0x80) {
        if (!((code >= u'a' && code <= u'z') || (code >= u'A' && code <= u'Z') || (code >= u'0' && code <= u'9')))
            return false;
        token.append(QChar(char16_t(code >= u'A' && code <= u'Z' ? code + 32 : code)));
        return true;
    }
    const QChar::Category category = QChar::category(code);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
        return true; // a combining diacritic: dropped, the token goes on
    const bool tokenChar = (category >= QChar::Number_DecimalDigit && category <= QChar::Number_Other)
        || (category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other) || category == QChar::Other_PrivateUse;
    if (!tokenChar)
        return false;
    if (code == 0x0451 || code == 0x0401)
        code = 0x0435; // ё, Ё -> е
    const bool latin = code < 0x0250 || (code >= 0x1E00 && code <= 0x1EFF);
    if (latin && QChar::decompositionTag(code) == QChar::Canonical) {
        const QString decomposed = QChar::decomposition(code);
        if (!decomposed.isEmpty() && !decomposed.front().isSurrogate())
            code = decomposed.front().unicode();
    }
    code = QChar::toCaseFolded(code);
    if (QChar::requiresSurrogates(code)) {
        token.append(QChar(QChar::highSurrogate(code)));
        token.append(QChar(QChar::lowSurrogate(code)));
    } else {
        token.append(QChar(char16_t(code)));
    }
    return true;
}

QStringList tokenize(QStringView text)
{
    QStringList tokens;
    QString token;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!appendFolded(code, token) && !token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens.append(token);
    return tokens;
}

// The quoted strings of an FtsQuery expression; nullopt for anything else (it then matches nothing).
std::optional<Phrases> parse(QStringView match)
{
    Phrases phrases;
    qsizetype i = 0;
    while (i < match.size()) {
        if (match[i] == u' ') {
            ++i;
            continue;
        }
        if (match[i] != u'"')
            return std::nullopt;
        QString text;
        for (++i;; ++i) {
            if (i >= match.size())
                return std::nullopt;
            if (match[i] == u'"') {
                if (i + 1 < match.size() && match[i + 1] == u'"') {
                    text.append(u'"');
                    ++i;
                    continue;
                }
                break;
            }
            text.append(match[i]);
        }
        ++i; // the closing quote
        Phrase phrase{tokenize(text), false};
        if (i < match.size() && match[i] == u'*') {
            phrase.prefix = true;
            ++i;
        }
        if (!phrase.tokens.isEmpty()) // FTS5 ignores a string with no token in it
            phrases.append(phrase);
    }
    return phrases;
}

bool containsPhrase(const QStringList &tokens, const Phrase &phrase)
{
    const qsizetype length = phrase.tokens.size();
    for (qsizetype start = 0; start + length <= tokens.size(); ++start) {
        bool all = true;
        for (qsizetype j = 0; j < length && all; ++j) {
            const QString &token = tokens[start + j];
            const bool last = j == length - 1;
            all = (last && phrase.prefix) ? token.startsWith(phrase.tokens[j]) : token == phrase.tokens[j];
        }
        if (all)
            return true;
    }
    return false;
}

bool matchesAll(QStringView text, const Phrases &phrases)
{
    if (phrases.isEmpty())
        return false;
    const QStringList tokens = tokenize(text);
    for (const Phrase &phrase : phrases) {
        if (!containsPhrase(tokens, phrase))
            return false;
    }
    return true;
}

QStringView textOf(sqlite3_value *value)
{
    const void *data = sqlite3_value_text16(value);
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QStringView(static_cast<const char16_t *>(data), bytes / 2) : QStringView();
}

// kestrel_pending_match(text, match): the parsed match is kept for the whole statement (auxdata).
void pendingMatchFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *cached = static_cast<const std::optional<Phrases> *>(sqlite3_get_auxdata(context, 1));
    std::unique_ptr<std::optional<Phrases>> parsed;
    if (!cached) {
        parsed = std::make_unique<std::optional<Phrases>>(parse(textOf(arguments[1])));
        cached = parsed.get();
    }
    const bool result = *cached && matchesAll(textOf(arguments[0]), **cached);
    sqlite3_result_int(context, result ? 1 : 0);
    if (parsed) // after the last use: SQLite may free it at once
        sqlite3_set_auxdata(context, 1, parsed.release(), [](void *p) { delete static_cast<std::optional<Phrases> *>(p); });
}

} // namespace

bool PendingSearchMatch::matches(const QString &text, const QString &ftsMatch)
{
    const std::optional<Phrases> phrases = parse(ftsMatch);
    return phrases && matchesAll(text, *phrases);
}

std::optional<Error> PendingSearchMatch::registerOn(const QSqlDatabase &db)
{
    const QString sql = QStringLiteral("kestrel_pending_match");
    sqlite3 *handle = sqliteHandle(db);
    const int code = handle ? sqlite3_create_function_v2(handle, "kestrel_pending_match", 2,
                                                         SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                                                         &pendingMatchFunction, nullptr, nullptr, nullptr)
                            : SQLITE_MISUSE;
    if (code == SQLITE_OK)
        return std::nullopt;
    const QString text = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("not an open SQLite connection");
    return StorageError::fromSql(QSqlError(QString(), text, QSqlError::ConnectionError, QString::number(code)), sql);
}

QString PendingSearchMatch::queuedMatchesSql(const QString &alias)
{
    // The same text the index holds: subject, then From, To and Cc (U+001E separates; a token break).
    return QStringLiteral("search_pending p CROSS JOIN messages %1 ON %1.id = p.id WHERE kestrel_pending_match(%1.subject"
                          " || char(30) || %1.from_addr || char(30) || %1.to_addr || char(30) || %1.cc_addr, ?)")
        .arg(alias);
}

} // namespace Kestrel
