package cn.deputylink.ledger;

import cn.deputylink.ledger.LedgerDtos.EntryView;
import cn.deputylink.ledger.LedgerDtos.LedgerView;
import cn.deputylink.ledger.LedgerDtos.RecordActivity;
import cn.deputylink.ledger.LedgerDtos.RejectActivity;
import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "履职档案", description = "代表履职活动登记、站点确认、年度台账与导出")
public class LedgerController {

    private final LedgerService ledger;

    public LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/deputies/{code}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记履职活动",
            description = "站点工作人员为所进本站的代表登记（即为已确认）；代表本人自报的记录须经站点工作人员确认后计入")
    public EntryView record(@PathVariable String code, @Valid @RequestBody RecordActivity request) {
        return ledger.record(code, request);
    }

    @PostMapping("/api/deputies/{code}/activities/{id}/confirm")
    @Operation(summary = "确认代表自报的履职活动")
    public EntryView confirm(@PathVariable String code, @PathVariable long id) {
        return ledger.confirm(code, id);
    }

    @PostMapping("/api/deputies/{code}/activities/{id}/reject")
    @Operation(summary = "不予确认代表自报的履职活动", description = "记录保留在档案中，标明理由，不计入统计和积分")
    public EntryView reject(@PathVariable String code, @PathVariable long id,
                            @Valid @RequestBody RejectActivity request) {
        return ledger.reject(code, id, request.reason());
    }

    @GetMapping("/api/deputies/{code}/ledger")
    @Operation(summary = "年度履职档案", description = "该年度全部记录及各类活动合计（只统计已确认的记录）；year 缺省为本年")
    public LedgerView ledger(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return ledger.ledger(code, year);
    }

    @GetMapping("/api/deputies/{code}/ledger/export")
    @Operation(summary = "导出年度履职档案（Excel）")
    public ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(required = false) Integer year) {
        LedgerService.Export export = ledger.export(code, year);
        return XlsxExport.download(export.fileName(), export.bytes());
    }

    @GetMapping("/api/activities/pending")
    @Operation(summary = "待确认的代表自报活动", description = "站点工作人员看到所进本站代表的自报记录，代表工委看到全部")
    public PageResponse<EntryView> pending(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size) {
        return ledger.pending(page, size);
    }
}
