package coop.faireavec.experiment;

import coop.faireavec.participation.College;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member of an experiment's team, with the college they had when the plan was made. */
@Embeddable
public class TeamMember {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private College college;

    protected TeamMember() {}

    TeamMember(long personId, College college) {
        this.personId = personId;
        this.college = college;
    }

    public Long getPersonId() {
        return personId;
    }

    public College getCollege() {
        return college;
    }
}
