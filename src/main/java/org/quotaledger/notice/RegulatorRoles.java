package org.quotaledger.notice;

import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * Roles the filing summary must not drop: a role with a description only in draft or in review and none in force
 * holds its employees to quotas nobody has described to them, the failure the Labor Commissioner cited in 2024.
 */
final class RegulatorRoles {

    private RegulatorRoles() {
    }

    static List<RegulatorNoticeModel.UndescribedRole> undescribed(Facility facility, LocalDate day) {
        List<Object[]> rows = QuotaDescription.getEntityManager().createQuery("""
                        select r.code, r.title, (select count(e) from Employee e where e.role = r and e.exempt = false
                                 and e.hireDate <= ?3 and (e.separationDate is null or e.separationDate > ?3))
                          from JobRole r
                         where r.facility = ?1
                           and exists (select 1 from QuotaDescription d where d.role = r and d.status in ?2)
                           and not exists (select 1 from QuotaDescription a where a.role = r and a.status = ?4)
                         order by r.code""", Object[].class)
                .setParameter(1, facility)
                .setParameter(2, List.of(QuotaDescription.Status.DRAFT, QuotaDescription.Status.IN_REVIEW))
                .setParameter(3, day)
                .setParameter(4, QuotaDescription.Status.ACTIVE)
                .getResultList();
        return rows.stream().map(r -> new RegulatorNoticeModel.UndescribedRole((String) r[0], (String) r[1],
                ((Number) r[2]).intValue())).toList();
    }
}
