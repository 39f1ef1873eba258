#pragma once
// CaseRecord: one application as the cache holds it — who applied, for what, when, what
// came with it, and the application exactly as received.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "model/CaseStatus.h"

namespace casebench {

struct Person
{
    QString personnummer; // normalised YYYYMMDD-NNNC (see Personnummer); may be empty for a
                          // household member without one (e.g. a newborn not yet registered)
    QString name;
    QString relation;     // "applicant", "partner", "child", "adult"
    QDate birthDate;
};

struct Attachment
{
    QString type;    // e.g. "hyresavi", "kontoutdrag", "lonespecifikation"
    QString name;    // file name as submitted; empty when missing
    bool present = false;
};

struct Deadline
{
    QString kind; // "decision" (the case must be decided by), "completion" (applicant answers by)
    QDate dueOn;
};

struct CaseRecord
{
    qint64 id = 0;              // the cache's row id; 0 until stored
    QString caseId;             // diarienummer, unique, e.g. "EB-2026-000123"
    QString caseType;           // code of a case type, e.g. "ekonomiskt-bistand"
    QDateTime receivedAt;       // when the application came in (UTC inside the cache)
    QDate applicationDate;      // the date the application is made for (selects rule packs)
    CaseStatus status = CaseStatus::Received;
    Person applicant;
    QList<Person> household;    // everyone else in the household, not the applicant
    QList<Attachment> attachments;
    QList<Deadline> deadlines;
    QByteArray payload;         // the application JSON exactly as received

    int householdSize() const { return 1 + int(household.size()); }
    int missingAttachmentCount() const;
    // The earliest deadline, or a null date when there is none.
    QDate nextDeadline() const;
};

} // namespace casebench
