package org.parceldesk.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** The plain-text alternative of a mail: readable lines, links as "label (url)". */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "<(head|style|script)\\b.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile(
            "<a\\b[^>]*?href\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|div|h[1-6]|table|ul|ol|blockquote|section|header|footer)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW_END = Pattern.compile("</tr\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("<li\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_END = Pattern.compile("</t[dh]\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    static String toPlainText(String html) {
        // as a browser does: line breaks in the source are spaces; tags make the lines
        String text = INVISIBLE.matcher(html).replaceAll("").replaceAll("\\s+", " ");
        text = links(text);
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("\n- ");
        text = ROW_END.matcher(text).replaceAll("\n");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = CELL_END.matcher(text).replaceAll("  ");
        text = TAG.matcher(text).replaceAll("");
        text = HtmlUtils.htmlUnescape(text).replace('\u00a0', ' ');
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            lines.append(line.replaceAll("[ \\t\\r]+", " ").strip()).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static String links(String html) {
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String url = link.group(2).trim();
            String label = TAG.matcher(link.group(3)).replaceAll("").trim();
            String replacement = label.isEmpty() || label.equals(url) ? url : label + " (" + url + ")";
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(out);
        return out.toString();
    }
}
