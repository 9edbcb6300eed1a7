-- Every organisation a reorganisation touched, so each organisation's page can list what happened
-- to it, with the decision and who entered it.
create table reorganization_subject (
    reorganization_id bigint not null references reorganization (id),
    organization_id   bigint not null references organization (id),
    primary key (reorganization_id, organization_id)
);
create index reorganization_subject_organization on reorganization_subject (organization_id);
