package cn.deputylink.shared.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistryChangeRepository extends JpaRepository<RegistryChange, Long> {

    List<RegistryChange> findByRecordTypeAndRecordCodeOrderByChangedAtDescIdDesc(String recordType, String recordCode);
}
