package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheReadableTextWithLineBreaksListsAndLinks() {
        String html = """
                <html><head><title>主题</title><style>p { color: red; }</style></head>
                <body>
                  <h1>您好</h1>
                  <p>案件   TS1 已受理。<br>请保留&nbsp;运单号 &amp; 凭证。</p>
                  <ul><li>照片</li><li>发票</li></ul>
                  <table><tr><td>金额</td><td>12.50</td></tr></table>
                  <p><a href="https://parceldesk.example/portal?a=1&amp;b=2">客户门户</a>
                     <a href="https://parceldesk.example">https://parceldesk.example</a></p>
                </body></html>
                """;

        assertThat(HtmlText.toPlainText(html)).isEqualTo("""
                您好

                案件 TS1 已受理。
                请保留 运单号 & 凭证。

                - 照片
                - 发票

                金额 12.50

                客户门户 (https://parceldesk.example/portal?a=1&b=2) https://parceldesk.example
                """);
    }
}
