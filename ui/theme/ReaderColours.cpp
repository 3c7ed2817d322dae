#include "ReaderColours.h"

#include "render/PlainTextHtml.h"

#include <cmath>
#include <functional>

namespace Kestrel::Ui {
namespace {

constexpr int QuoteHues[] = {215, 95, 300, 35}; // blue, green, purple, orange, as before dark mode

// The first colour along `from` -> `to` (in steps) that reaches the contrast against `background`.
QColor towardsContrast(const QColor &background, std::function<QColor(double)> along)
{
    for (double t = 0; t <= 1.0; t += 0.02) {
        const QColor candidate = along(t);
        if (ReaderColours::contrast(candidate, background) >= ReaderColours::MinimumContrast)
            return candidate;
    }
    return along(1.0);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

double ReaderColours::luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double ReaderColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool ReaderColours::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor ReaderColours::quoteColour(int level, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const int hue = QuoteHues[(std::max(level, 1) - 1) % std::size(QuoteHues)];
    // Start at a mid lightness and move away from the background until the text is readable on it.
    const bool dark = isDark(palette);
    return towardsContrast(background, [hue, dark](double t) {
        const double lightness = dark ? 0.55 + 0.4 * t : 0.45 - 0.4 * t;
        return QColor::fromHslF(hue / 360.0f, 0.6f, float(lightness));
    });
}

QColor ReaderColours::dimmedText(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // From halfway between background and text towards the text: as dim as stays readable.
    return towardsContrast(background, [&](double t) { return mix(background, text, 0.5 + 0.5 * t); });
}

QColor ReaderColours::noticeBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    QColor tinted = mix(window, palette.color(QPalette::Highlight), 0.18);
    if (contrast(text, tinted) < MinimumContrast)
        tinted = mix(window, palette.color(QPalette::Highlight), 0.08);
    return tinted;
}

QString ReaderColours::styleSheet(const QPalette &palette)
{
    QString css;
    for (int level = 1; level <= Render::PlainTextHtml::QuoteClasses; ++level)
        css += QStringLiteral(".%1 { color: %2; }\n").arg(Render::PlainTextHtml::quoteClass(level), quoteColour(level, palette).name());
    const QString dim = dimmedText(palette).name();
    css += QStringLiteral(".%1 { color: %2; }\n").arg(QLatin1String(Render::PlainTextHtml::SignatureClass), dim);
    css += QStringLiteral(".%1 { color: %2; }\n").arg(QLatin1String(Render::PlainTextHtml::DimmedClass), dim);
    return css;
}

} // namespace Kestrel::Ui
