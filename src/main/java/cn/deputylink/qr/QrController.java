package cn.deputylink.qr;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.h5.H5Directory;
import cn.deputylink.h5.PublicLinks;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 码上找代表 for print: the QR code of a deputy's card and of a station's card, and one A4 sheet per
 * station with the station's code and one card per deputy. For logged-in staff (the {@code /api}
 * door); the codes carry only the public page address.
 */
@Controller
@Tag(name = "二维码", description = "代表、站点二维码和打印用的站点二维码页")
public class QrController {

    private final QrCodes qr;
    private final PublicLinks links;
    private final DeputyRepository deputies;
    private final StationRepository stations;
    private final H5Directory directory;

    public QrController(QrCodes qr, PublicLinks links, DeputyRepository deputies, StationRepository stations,
                        H5Directory directory) {
        this.qr = qr;
        this.links = links;
        this.deputies = deputies;
        this.stations = stations;
        this.directory = directory;
    }

    @GetMapping(value = "/api/deputies/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    @Transactional(readOnly = true)
    @Operation(summary = "代表二维码", description = "扫码打开代表名片页 {public-base-url}/h5/deputies/{token}；size 为边长像素（120–1200，默认 400）")
    public ResponseEntity<byte[]> deputy(@PathVariable String code, @RequestParam(required = false) Integer size) {
        Deputy d = deputies.findByCode(code).filter(Deputy::isActive)
                .orElseThrow(() -> new NotFoundException("代表不存在或已不在任：" + code));
        return png(links.deputy(d.getPublicToken()), size, "deputy-" + code);
    }

    @GetMapping(value = "/api/stations/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    @Transactional(readOnly = true)
    @Operation(summary = "站点二维码", description = "扫码打开站点页 {public-base-url}/h5/stations/{code}；size 为边长像素（120–1200，默认 400）")
    public ResponseEntity<byte[]> station(@PathVariable String code, @RequestParam(required = false) Integer size) {
        LiaisonStation s = stations.findByCode(code).filter(LiaisonStation::isActive)
                .orElseThrow(() -> new NotFoundException("站点不存在或已停用：" + code));
        return png(links.station(s.getCode()), size, "station-" + code);
    }

    /** One card on the printed sheet. */
    public record SheetCard(String title, List<String> lines, String code, String qrDataUri, String url) {
    }

    @GetMapping(value = "/api/stations/{code}/qr-sheet", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "站点二维码打印页（A4）", description = "站点名片和本站每位代表一张卡片（姓名、层级、编号、扫码说明），供打印张贴")
    public String sheet(@PathVariable String code, Model model) {
        H5Directory.StationCard card = directory.station(code);
        H5Directory.StationLine s = card.station();
        SheetCard stationCard = new SheetCard(s.name(), lines(card.tierLabel(), s.address(), s.openHours(),
                s.receptionDays() == null ? null : "接待选民日：" + s.receptionDays()), s.code(),
                qr.dataUri(links.station(s.code()), 360), links.station(s.code()));
        List<SheetCard> deputyCards = card.deputies().stream().map(d -> new SheetCard(d.name(),
                lines(String.join("、", d.levels()), d.specialty() == null ? null : "专业领域：" + d.specialty()),
                d.code(), qr.dataUri(links.deputy(d.token()), 280), links.deputy(d.token()))).toList();
        model.addAttribute("station", stationCard);
        model.addAttribute("deputies", deputyCards);
        return "h5/qr-sheet";
    }

    private static List<String> lines(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private ResponseEntity<byte[]> png(String url, Integer size, String name) {
        int side = size == null ? 400 : size;
        if (side < QrCodes.MIN_SIZE || side > QrCodes.MAX_SIZE) {
            throw new InvalidInputException("size", "二维码边长应在 " + QrCodes.MIN_SIZE + " 至 " + QrCodes.MAX_SIZE + " 像素之间");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".png").build().toString())
                .contentType(MediaType.IMAGE_PNG).body(qr.png(url, side));
    }
}
