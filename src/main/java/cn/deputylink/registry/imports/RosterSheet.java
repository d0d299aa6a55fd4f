package cn.deputylink.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading and writing roster sheets: Chinese headers in row 1, one record per row, all cells as text. */
public final class RosterSheet {

    private RosterSheet() {
    }

    /** One data row: its number as Excel shows it, and its cells by header (without the "*"). */
    public record SheetRow(int number, Map<String, String> cells) {

        public String get(String header) {
            String v = cells.get(header);
            return v == null ? "" : v.strip();
        }
    }

    public static class UnreadableFile extends RuntimeException {
        public UnreadableFile(String message) {
            super(message);
        }
    }

    public static String plain(String header) {
        return header.endsWith("*") ? header.substring(0, header.length() - 1) : header;
    }

    /** Reads the first sheet; refuses a file whose header row lacks a required column. */
    public static List<SheetRow> read(InputStream in, RosterKind kind, int maxRows) {
        ZipSecureFile.setMinInflateRatio(0.005);
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw new UnreadableFile("文件第 1 行应为表头");
            }
            Map<Integer, String> columns = new HashMap<>();
            for (Cell cell : head) {
                String h = plain(format.formatCellValue(cell).strip());
                if (!h.isEmpty()) {
                    columns.put(cell.getColumnIndex(), h);
                }
            }
            List<String> missing = kind.headers().stream().filter(h -> h.endsWith("*")).map(RosterSheet::plain)
                    .filter(h -> !columns.containsValue(h)).toList();
            if (!missing.isEmpty()) {
                throw new UnreadableFile("表头缺少必填列：" + String.join("、", missing) + "（请使用下载的“" + kind.label() + "”模板）");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                boolean any = false;
                for (Map.Entry<Integer, String> c : columns.entrySet()) {
                    Cell cell = row.getCell(c.getKey());
                    String v = cell == null ? "" : format.formatCellValue(cell).strip();
                    any |= !v.isEmpty();
                    cells.put(c.getValue(), v);
                }
                if (any) {
                    rows.add(new SheetRow(r + 1, cells));
                    if (rows.size() > maxRows) {
                        throw new UnreadableFile("一次最多导入 " + maxRows + " 行，请分批导入");
                    }
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile u) {
                throw u;
            }
            throw new UnreadableFile("无法读取文件，请上传 Excel（.xlsx）文件");
        }
    }

    /** A sheet with bold headers and the rows; a second sheet with the notes when given. */
    public static byte[] write(RosterKind kind, List<List<String>> rows, String notes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.label());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < kind.headers().size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(kind.headers().get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            if (notes != null) {
                Sheet help = workbook.createSheet("填写说明");
                help.setColumnWidth(0, 120 * 256);
                help.createRow(0).createCell(0).setCellValue("带“*”的列必须填写；一个文件中有任何一行有误，整个文件都不会导入。");
                help.createRow(1).createCell(0).setCellValue(notes);
                help.createRow(2).createCell(0).setCellValue("示例行可直接修改或删除后填写。");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
