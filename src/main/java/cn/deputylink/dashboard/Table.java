package cn.deputylink.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the dashboard, as the page shows it and Excel receives it: Chinese headers, one row of
 * cells per line. A cell is a figure (with its definition and drill-down), a link or text.
 */
public record Table(String id, String title, List<String> headers, List<List<Cell>> rows, List<String> notes) {

    public record Cell(String kind, String text, String href, Figure figure) {

        public static Cell text(Object value) {
            return new Cell("text", value == null ? "" : value.toString(), null, null);
        }

        public static Cell link(String text, String href) {
            return new Cell("link", text, href, null);
        }

        public static Cell of(Figure figure) {
            return new Cell("figure", figure.value(), figure.drillUrl(), figure);
        }

        public boolean hasFigure() {
            return figure != null;
        }
    }

    public Table(String id, String title, List<String> headers) {
        this(id, title, headers, new ArrayList<>(), new ArrayList<>());
    }

    public Table add(List<Cell> row) {
        rows.add(row);
        return this;
    }

    public Table note(String note) {
        notes.add(note);
        return this;
    }

    /** Excel columns: a rate becomes its percentage and its "numerator/denominator". */
    public List<String> exportHeaders() {
        List<String> out = new ArrayList<>();
        List<Cell> sample = rows.isEmpty() ? null : rows.get(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = sample == null || i >= sample.size() ? null : sample.get(i);
            if (c != null && c.hasFigure() && c.figure().isRate()) {
                out.add(headers.get(i) + "（%）");
                out.add(headers.get(i) + "（分子/分母）");
            } else {
                out.add(headers.get(i));
            }
        }
        return out;
    }

    public List<List<Object>> exportRows() {
        List<List<Object>> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Object> values = new ArrayList<>();
            for (Cell c : row) {
                if (c.hasFigure() && c.figure().isRate()) {
                    values.add(c.figure().percentValue() == null ? "—" : c.figure().percentValue());
                    values.add(c.figure().parts());
                } else if (c.hasFigure() && c.figure().denominator() == null && c.figure().value().matches("\\d+")) {
                    values.add(c.figure().numerator());
                } else {
                    values.add(c.text());
                }
            }
            out.add(values);
        }
        return out;
    }
}
