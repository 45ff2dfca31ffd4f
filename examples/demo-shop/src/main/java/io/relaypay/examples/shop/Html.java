package io.relaypay.examples.shop;

/** HTML building for the shop's pages: every value from outside goes through {@link #escape}. */
final class Html {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,sans-serif;background:#f6f4ef;color:#1d1d1f;line-height:1.45}
            h1,dd{overflow-wrap:anywhere}
            header{background:#14213d;color:#fff;padding:.9rem 1rem}
            header a{color:#fff;text-decoration:none;font-weight:700}
            main{padding:1rem;max-width:56rem;margin:0 auto}
            .grid{display:grid;gap:1rem;grid-template-columns:1fr}
            .card{background:#fff;border-radius:.8rem;padding:1rem;box-shadow:0 1px 3px #0002}
            .card h2{margin:.1rem 0 .3rem;font-size:1.1rem}
            .kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:#6b6b6b}
            .price{font-size:1.25rem;font-weight:700;margin:.5rem 0}
            button{width:100%;padding:.8rem;border:0;border-radius:.6rem;background:#fca311;color:#14213d;font-size:1rem;font-weight:700}
            .status{display:inline-block;padding:.2rem .6rem;border-radius:1rem;background:#e5e5e5;font-weight:700}
            .status.paid{background:#c8f7c5} .status.failed,.status.canceled,.status.expired{background:#fbd0cf}
            .notice{background:#fff3cd;border-radius:.6rem;padding:.7rem;margin:.8rem 0}
            ol.history{padding-left:1.2rem;color:#444;font-size:.9rem}
            dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem .8rem} dt{color:#6b6b6b}
            @media (min-width:40rem){.grid{grid-template-columns:repeat(2,1fr)}}
            @media (min-width:60rem){.grid{grid-template-columns:repeat(4,1fr)}}
            """;

    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page around {@code body}, which must already be escaped. */
    static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Relaypay demo shop</title>
                <style>%s</style></head>
                <body><header><a href="/">Relaypay demo shop</a></header><main>
                %s
                </main></body></html>
                """.formatted(escape(title), STYLE, body);
    }
}
