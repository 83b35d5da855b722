"""A pass's report: every mail counted, a bounded number of summaries kept (memory stays flat)."""

from __future__ import annotations

from maild.app.report import SUMMARIES_KEPT, PassReport


def test_a_long_pass_counts_every_mail_and_keeps_a_bounded_list() -> None:
    report = PassReport()
    for uid in range(SUMMARIES_KEPT + 500):
        report.add({"uid": uid, "action": "acknowledge" if uid % 3 else "review"})
    assert report.decided_count == SUMMARIES_KEPT + 500
    assert len(report.decided) == SUMMARIES_KEPT and report.decided[0]["uid"] == 0
    assert report.count("review") == len(range(0, SUMMARIES_KEPT + 500, 3))


def test_mailboxes_add_up() -> None:
    total, one, two = PassReport(), PassReport(), PassReport(sent=2, refiled=1)
    one.add({"uid": 1, "action": "ignore"})
    two.add({"uid": 7, "action": "ignore"})
    total.merge(one)
    total.merge(two)
    assert total.decided_count == 2 and total.count("ignore") == 2 and total.sent == 2 and total.refiled == 1
    assert [d["uid"] for d in total.decided] == [1, 7]
