// libFuzzer target: untrusted HTML through the reader's sanitiser (tokenizer, element and attribute
// filter, remote-resource listing, deceptive-link check) and plain text through the plain-text-to-HTML
// path. Besides memory errors it checks the sanitiser's promise: read back with the same tokenizer,
// its output holds no script element and no on* handler attribute.
// Built only in the clang fuzz build.
#include "render/HtmlSanitizer.h"
#include "render/HtmlTokenizer.h"
#include "render/PlainTextHtml.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Kestrel::Render;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(text);
    for (const HtmlToken &token : HtmlTokenizer::tokenize(result.html)) {
        if (token.kind != HtmlToken::Kind::StartTag)
            continue;
        if (token.name == QLatin1String("script"))
            abort(); // a script element got through
        for (const auto &attribute : token.attributes) {
            if (attribute.first.startsWith(QLatin1String("on")))
                abort(); // an event handler got through
        }
    }
    (void)PlainTextHtml::toHtml(text);
    return 0;
}
