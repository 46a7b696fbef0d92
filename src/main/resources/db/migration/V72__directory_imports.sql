-- Each confirmed import of a territory's directory (issue #17, point 4), keyed by its preview's id: a second confirm
-- of the same preview (a double click, two tabs) cannot insert the same key, so its records are never written twice.
-- It also keeps who imported what and when. imported_by_id has no foreign key, so that erasing a person never blocks.
create table directory_import (
    preview_id      varchar(64) primary key,
    territory_id    bigint      not null references territory (id),
    imported_by_id  bigint      not null,
    imported_at     timestamp   not null,
    structures      integer     not null,
    services        integer     not null
);
