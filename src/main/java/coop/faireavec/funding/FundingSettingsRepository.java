package coop.faireavec.funding;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingSettingsRepository extends JpaRepository<FundingSettings, Long> {}
