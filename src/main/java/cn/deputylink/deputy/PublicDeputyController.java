package cn.deputylink.deputy;

import cn.deputylink.deputy.DeputyDtos.PublicDeputyCard;
import cn.deputylink.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/deputies")
@Tag(name = "码上找代表（公开）", description = "扫描代表二维码后看到的代表名片，无需登录")
public class PublicDeputyController {

    private final DeputyRepository repository;
    private final DeputyService deputies;

    public PublicDeputyController(DeputyRepository repository, DeputyService deputies) {
        this.repository = repository;
        this.deputies = deputies;
    }

    @GetMapping("/{token}/photo")
    @Transactional(readOnly = true)
    @Operation(summary = "代表名片照片", description = "代表工委上传的照片（JPG 或 PNG）；未上传时 404")
    public org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable String token) {
        Deputy deputy = repository.findByPublicToken(token).filter(Deputy::isActive)
                .orElseThrow(() -> new NotFoundException("未找到该代表，请确认二维码是否有效"));
        DeputyPhoto photo = deputies.photo(deputy).orElseThrow(() -> new NotFoundException("该代表尚未上传照片"));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(photo.getContentType()))
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(photo.getData());
    }

    @GetMapping("/{token}")
    @Transactional(readOnly = true)
    @Operation(summary = "代表名片", description = "按二维码中的随机标识查询，只返回公开信息")
    public PublicDeputyCard card(@PathVariable String token) {
        return repository.findByPublicToken(token).filter(Deputy::isActive).map(PublicDeputyCard::of)
                .orElseThrow(() -> new NotFoundException("未找到该代表，请确认二维码是否有效"));
    }
}
