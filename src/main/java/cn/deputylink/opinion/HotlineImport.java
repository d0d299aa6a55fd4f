package cn.deputylink.opinion;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.station.LiaisonStation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a 12345 hotline export (CSV, UTF-8, header row) and checks every row before anything is
 * written, so that the import is all or nothing and the report names each failing row and field.
 *
 * <pre>工单号,来电时间,站点编码,类别,内容,姓名,电话</pre>
 */
@Component
public class HotlineImport {

    private static final int PROGRESS_EVERY = 200;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    static final String TICKET = "工单号";
    static final String TIME = "来电时间";
    static final String STATION = "站点编码";
    static final String CATEGORY = "类别";
    static final String CONTENT = "内容";
    static final String NAME = "姓名";
    static final String PHONE = "电话";
    private static final List<String> REQUIRED = List.of(TICKET, STATION, CONTENT);
    private static final Map<String, String> FIELDS = Map.of(TICKET, "externalRef", TIME, "receivedAt",
            STATION, "stationCode", CATEGORY, "category", CONTENT, "content", NAME, "name", PHONE, "phone");
    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private final OpinionIntake intake;
    private final OpinionRepository opinions;
    private final WorkingDayCalendar calendar;

    public HotlineImport(OpinionIntake intake, OpinionRepository opinions, WorkingDayCalendar calendar) {
        this.intake = intake;
        this.opinions = opinions;
        this.calendar = calendar;
    }

    /** One checked row; {@code line} is the line number in the file (the header is line 1). */
    public record Row(int line, String ticket, Instant receivedAt, LiaisonStation station, OpinionCategory category,
                      String content, String name, String phone) {
    }

    /**
     * Reads and checks the whole file for a caller with the given scope (the import runs in the
     * background, where no one is logged in); {@code progress} hears the rows checked so far.
     * Refuses the file with every problem found, or returns all rows.
     */
    @Transactional(readOnly = true)
    public List<Row> read(InputStream file, OpinionAccess.Scope scope, int maxRows, IntConsumer progress) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Optional<LiaisonStation>> stations = new HashMap<>();
        long lastLine = 1;
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file).get(),
                StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> missing = REQUIRED.stream().filter(h -> !csv.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "缺少列：" + String.join("、", missing)
                        + "（表头应为：工单号,来电时间,站点编码,类别,内容,姓名,电话）");
            }
            Set<String> tickets = new HashSet<>();
            Iterator<CSVRecord> records = csv.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    long line = startLine(e, lastLine + 1);
                    throw new InvalidInputException("第" + line + "行",
                            "第" + line + "行起的内容无法读取：引号不成对（以英文双引号开头的内容须以双引号结束，内容中的双引号须写成两个）");
                }
                lastLine = csv.getCurrentLineNumber();
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() + 1 > maxRows) {
                    throw new InvalidInputException("file", "一次最多导入 " + maxRows + " 行");
                }
                rows.add(check(record, line, tickets, problems, scope, stations));
                if (rows.size() % PROGRESS_EVERY == 0) {
                    progress.accept(rows.size());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException("file", "无法读取 CSV 文件（应为 UTF-8 编码、带表头的 CSV）");
        }
        progress.accept(rows.size());
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "文件中没有数据行");
        }
        Set<String> known = new HashSet<>(opinions.findExistingExternalRefs(rows.stream().map(Row::ticket)
                .filter(t -> t != null).toList()));
        for (Row row : rows) {
            if (row.ticket() != null && known.contains(row.ticket())) {
                problems.add(problem(row.line(), TICKET, "工单号已导入过：" + row.ticket()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    /** Commons CSV names the line where the broken record starts: "(startline 3) EOF reached …". */
    private static long startLine(UncheckedIOException e, long fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = START_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return fallback;
    }

    private Row check(CSVRecord record, int line, Set<String> tickets, List<FieldProblem> problems,
                      OpinionAccess.Scope scope, Map<String, Optional<LiaisonStation>> stations) {
        String ticket = value(record, TICKET);
        if (ticket == null) {
            problems.add(problem(line, TICKET, "工单号不能为空"));
        } else if (ticket.length() > 40) {
            problems.add(problem(line, TICKET, "工单号最长 40 位"));
            ticket = null;
        } else if (!tickets.add(ticket)) {
            problems.add(problem(line, TICKET, "文件中工单号重复：" + ticket));
        }
        Instant receivedAt = OpinionTimeline.now();
        String time = value(record, TIME);
        if (time != null) {
            Instant parsed = parseTime(time);
            if (parsed == null) {
                problems.add(problem(line, TIME, "来电时间格式不正确（如 2026-11-02 09:30）"));
            } else if (parsed.isAfter(receivedAt)) {
                problems.add(problem(line, TIME, "来电时间不能晚于现在"));
            } else {
                receivedAt = parsed;
            }
        }
        // a file holds a few stations many times over: each is looked up once
        String stationCode = value(record, STATION);
        List<FieldProblem> stationProblems = new ArrayList<>();
        LiaisonStation station;
        if (stationCode != null && stations.containsKey(stationCode) && stations.get(stationCode).isPresent()) {
            station = stations.get(stationCode).get();
        } else {
            station = intake.activeStation(stationCode, "stationCode", stationProblems);
            if (stationCode != null && station != null) {
                stations.put(stationCode, Optional.of(station));
            }
        }
        stationProblems.forEach(p -> problems.add(problem(line, STATION, p.message())));
        if (station != null && !scope.all() && !scope.stations().contains(station.getCode())) {
            problems.add(problem(line, STATION, "只能导入本站点的意见：" + station.getCode()));
        }
        OpinionCategory category = null;
        String categoryText = value(record, CATEGORY);
        if (categoryText != null) {
            category = category(categoryText);
            if (category == null) {
                problems.add(problem(line, CATEGORY, "类别无效：" + categoryText));
            }
        }
        String content = value(record, CONTENT);
        if (content == null) {
            problems.add(problem(line, CONTENT, "内容不能为空"));
        } else if (content.length() > OpinionCases.TEXT_MAX) {
            problems.add(problem(line, CONTENT, "内容最长 2000 字"));
        }
        String name = value(record, NAME);
        if (name != null && name.length() > 50) {
            problems.add(problem(line, NAME, "姓名最长 50 字"));
        }
        List<FieldProblem> phoneProblems = new ArrayList<>();
        String phone = OpinionIntake.phone(value(record, PHONE), "phone", phoneProblems);
        phoneProblems.forEach(p -> problems.add(problem(line, PHONE, p.message())));
        return new Row(line, ticket, receivedAt, station, category, content, name, phone);
    }

    private static String value(CSVRecord record, String header) {
        if (!record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String v = record.get(header);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private Instant parseTime(String text) {
        for (DateTimeFormatter f : TIMES) {
            try {
                return LocalDateTime.parse(text, f).atZone(calendar.zone()).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static OpinionCategory category(String text) {
        for (OpinionCategory c : OpinionCategory.values()) {
            if (c.name().equalsIgnoreCase(text) || c.label().equals(text)) {
                return c;
            }
        }
        return null;
    }

    private static FieldProblem problem(int line, String column, String message) {
        return new FieldProblem("第" + line + "行." + FIELDS.get(column), "第" + line + "行【" + column + "】" + message);
    }
}
