package coop.faireavec.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonographPhotoRepository extends JpaRepository<MonographPhoto, Long> {

    List<MonographPhoto> findByMonographIdOrderById(long monographId);
}
