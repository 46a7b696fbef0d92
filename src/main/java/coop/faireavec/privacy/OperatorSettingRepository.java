package coop.faireavec.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorSettingRepository extends JpaRepository<OperatorSetting, String> {}
