package cn.deputylink.opinion.photo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's photos for the staff who handle it, through both staff doors: {@code /api/**} (HTTP
 * Basic, as the rest of the case API) and {@code /staff/**} (the page session, for links from
 * staff pages). Never under {@code /h5} or {@code /api/public}.
 */
@RestController
@Tag(name = "群众意见（工作人员）")
public class OpinionPhotoController {

    private final OpinionPhotos photos;

    public OpinionPhotoController(OpinionPhotos photos) {
        this.photos = photos;
    }

    @GetMapping({"/api/opinions/{trackingCode}/photos", "/staff/opinions/{trackingCode}/photos"})
    @Operation(summary = "意见照片列表", description = "群众随意见上传的照片（已去除位置等元数据），与案卷同样的查看权限")
    public List<OpinionPhotos.PhotoInfo> list(@PathVariable String trackingCode) {
        return photos.list(trackingCode);
    }

    @GetMapping(value = {"/api/opinions/{trackingCode}/photos/{position}",
            "/staff/opinions/{trackingCode}/photos/{position}"}, produces = MediaType.IMAGE_JPEG_VALUE)
    @Operation(summary = "意见照片", description = "第 position 张（从 1 起），JPEG")
    public ResponseEntity<byte[]> photo(@PathVariable String trackingCode, @PathVariable int position) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(10, TimeUnit.MINUTES).cachePrivate())
                .contentType(MediaType.IMAGE_JPEG).body(photos.jpeg(trackingCode, position));
    }
}
