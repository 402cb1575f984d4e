import { useEffect, useState } from 'preact/hooks';
import type { MyNoticesQuery as MyNoticesResult } from '../../../gql/graphql';
import { request } from '../../api/graphql-client';
import { MyNoticesQuery } from '../graphql/my-notices';

export type MyNotice = MyNoticesResult['myNotices']['edges'][number]['node'];

/** The newest notices meant for the viewer (their site, floor or unit, or them). */
const SHOWN = 5;

/** The notices on the requests page; a failure leaves the list empty (the requests still show). */
export function useMyNotices(): { notices: MyNotice[] } {
  const [notices, setNotices] = useState<MyNotice[]>([]);
  useEffect(() => {
    let live = true;
    request(MyNoticesQuery, { first: SHOWN }).then(
      ({ myNotices }) => live && setNotices(myNotices.edges.map((e) => e.node)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return { notices };
}
